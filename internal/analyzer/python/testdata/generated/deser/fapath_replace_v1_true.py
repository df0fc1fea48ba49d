# generated case: rule=PY-DESERIALIZATION source=fapath propagation=replace sink=v1 expected=true
import yaml

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser/{p}")
def handle_deser(p: str):
    param = p
    bar = param.replace("\t", " ")
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
