# os.listdir sees the folder's files and the ones the program wrote;
# a removed file is gone for the rest of the run; exists/isfile/isdir on
# the folder and on files.
import os

print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."))
print(os.path.exists("people.csv"), os.path.isfile("people.csv"), os.path.isdir("people.csv"))
print(sorted(n for n in os.listdir(".") if n.endswith(".csv")))
with open("scratch.txt", "w") as f:
    f.write("x")
print("scratch.txt" in os.listdir(), os.path.isfile("scratch.txt"))
os.remove("scratch.txt")
print("scratch.txt" in os.listdir(), os.path.exists("scratch.txt"))
try:
    os.remove("scratch.txt")
except FileNotFoundError as e:
    print(e)
try:
    os.listdir("no_such_folder")
except FileNotFoundError as e:
    print(e)
