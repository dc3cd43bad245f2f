// Entry point of `npm run conformance`. The suites are not written yet; say so plainly
// rather than pretend a run happened.
console.log("ivs-conformance: no conformance suite exists yet; `npm run spec` builds the specs and `npm test` runs the project's own tests.");
