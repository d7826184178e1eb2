inventory = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears", "plums"]:
    print(f"{fruit}: {inventory[fruit]}")
