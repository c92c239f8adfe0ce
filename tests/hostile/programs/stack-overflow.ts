// Recurses without end to blow the call stack (and whatever state the runner keeps on it); flagged stack.
const f = (a: number, b: number): number => f(b, a) + 1;
export default f;
