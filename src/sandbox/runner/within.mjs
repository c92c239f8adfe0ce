/** Settles a thenable, rejecting when it takes longer than `ms` (the candidate's promise keeps running unobserved). */
export function within(thenable, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`async call still pending after ${ms} ms`)), ms);
    Promise.resolve(thenable).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
