def fetch(cache, key):
    try:
        return cache[key]
    except KeyError:
        print("cache miss, falling back")
        return int(key)


print(fetch({"a": 1}, "a"))
print(fetch({}, "7"))
fetch({}, "b")
