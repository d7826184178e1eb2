async def fetch(url):
    print("fetching", url)
    return len(url)


def main():
    fetch("http://example.com")
    print("main continues")


main()
print("end of program")
