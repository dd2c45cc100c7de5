class SingleFlight {
    constructor() {
        this.flights = {};
    }
    run(key, start) {
        const flights = this.flights;
        let flight = flights[key];
        if (!flight) {
            const started = (flight = flights[key] = start());
            const clear = () => flights[key] === started && delete flights[key];
            started.then(clear, clear);
        }
        return flight;
    }
}
export { SingleFlight };
