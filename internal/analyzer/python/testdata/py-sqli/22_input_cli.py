# SQLi (low-confidence source): interactive admin tool reads a username with input() and formats it into SQL
import sqlite3


def reset_failed_logins():
    username = input("username: ").strip()
    conn = sqlite3.connect("auth.db")
    cur = conn.cursor()
    cur.execute("UPDATE users SET failed_logins = 0 WHERE username = '{}'".format(username))  # want: PY-SQLI
    conn.commit()


if __name__ == "__main__":
    reset_failed_logins()
