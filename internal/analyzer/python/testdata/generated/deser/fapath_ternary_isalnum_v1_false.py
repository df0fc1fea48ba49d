# generated case: rule=PY-DESERIALIZATION source=fapath propagation=ternary_isalnum sink=v1 expected=false
import yaml

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser/{p}")
def handle_deser(p: str):
    param = p
    bar = param if param.isalnum() else "safe"
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": result}
