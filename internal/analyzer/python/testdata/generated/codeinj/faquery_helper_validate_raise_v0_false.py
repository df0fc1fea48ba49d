# generated case: rule=PY-CODE-INJECTION source=faquery propagation=helper_validate_raise sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    bar = validate(param)
    result = str(eval(bar))
    return {"result": result}
