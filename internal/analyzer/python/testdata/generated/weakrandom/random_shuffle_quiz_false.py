# generated case: random used for non-security purposes (quiz order)
import random


def quiz_order(questions):
    order = list(questions)
    random.shuffle(order)
    return order
