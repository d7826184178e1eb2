async def validate(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


async def process(values):
    return [await validate(v) for v in values]


print("processing")
process([1, -2]).send(None)
