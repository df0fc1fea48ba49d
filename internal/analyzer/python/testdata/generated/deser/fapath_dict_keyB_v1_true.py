# generated case: rule=PY-DESERIALIZATION source=fapath propagation=dict_keyB sink=v1 expected=true
import yaml

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser/{p}")
def handle_deser(p: str):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyB"]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
