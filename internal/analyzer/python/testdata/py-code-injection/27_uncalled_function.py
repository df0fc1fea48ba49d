# Code injection FALSE: generic evaluator never called with request data (only with a constant)
def evaluate(user_expression):
    return eval(user_expression, {"__builtins__": {}})


DEFAULT_MARGIN = evaluate("0.15 + 0.05")
