# SQLi (low-confidence source): maintenance CLI builds a DELETE from sys.argv
import sqlite3
import sys


def main():
    customer = sys.argv[1]
    conn = sqlite3.connect("crm.db")
    conn.execute("DELETE FROM sessions WHERE customer = '%s'" % customer)  # want: PY-SQLI
    conn.commit()
    print("sessions purged")


if __name__ == "__main__":
    main()
