# Writing into a folder that does not exist fails at open(), as on disk;
# writing to a folder's name fails too.
import os

try:
    with open("no_such_folder/out.txt", "w") as f:
        f.write("lost")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print(os.path.exists("no_such_folder/out.txt"))
os.mkdir("made_here")
try:
    open("made_here", "w")
except IsADirectoryError as e:
    print(e)
with open("made_here/ok.txt", "w") as f:
    print("kept", file=f)
print(open("made_here/ok.txt").read(), end="")
os.remove("made_here/ok.txt")
os.rmdir("made_here")
open("nowhere/report.csv", "a")
