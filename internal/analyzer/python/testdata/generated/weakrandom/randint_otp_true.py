# generated case: one-time password from random.randint
import random


def send_otp(user):
    otp = random.randint(100000, 999999)  # want: PY-WEAK-RANDOM
    user.send_sms("Your code: %d" % otp)
