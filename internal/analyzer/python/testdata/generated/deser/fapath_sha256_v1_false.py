# generated case: rule=PY-DESERIALIZATION source=fapath propagation=sha256 sink=v1 expected=false
import hashlib
import yaml

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser/{p}")
def handle_deser(p: str):
    param = p
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": result}
