# generated case: rule=PY-DESERIALIZATION source=fapath propagation=helper_validate_raise sink=v1 expected=false
import yaml

from fastapi import FastAPI

app = FastAPI()


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


@app.get("/deser/{p}")
def handle_deser(p: str):
    param = p
    bar = validate(param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": result}
