# Code injection (low-confidence source): debug console evaluates input() lines
def console():
    while True:
        line = input(">>> ")
        if line == "quit":
            break
        print(eval(line))  # want: PY-CODE-INJECTION


if __name__ == "__main__":
    console()
