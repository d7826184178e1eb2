import itertools

TRANSITIONS = {
    "green": ("yellow", 30),
    "yellow": ("red", 5),
    "red": ("green", 25),
}


def traffic_light(start="red"):
    state = start
    elapsed = 0
    while True:
        nxt, duration = TRANSITIONS[state]
        command = yield state, elapsed
        if command == "emergency":
            print(f"  !! emergency at t={elapsed}s: forcing red")
            state = "red"
            continue
        elapsed += duration
        state = nxt


light = traffic_light()
history = []
state, t = next(light)
history.append((t, state))
for step in range(7):
    cmd = "emergency" if step == 4 else None
    state, t = light.send(cmd)
    history.append((t, state))

for t, state in history:
    print(f"t={t:>4}s  {state.upper():<6} {'#' * (len(state) * 2)}")

cycle_lengths = [d for _, d in TRANSITIONS.values()]
print("full cycle:", sum(cycle_lengths), "seconds")
print("first 5 states of a fresh light:", [s for s, _ in itertools.islice(traffic_light("green"), 5)])
