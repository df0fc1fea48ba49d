"""A one-off script; its DEBUG flag is not a framework setting."""
DEBUG = True
SECRET_KEY = "not-a-framework-setting"


def main():
    if DEBUG:
        print("importing")
