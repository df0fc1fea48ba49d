# generated case: rule=PY-DESERIALIZATION source=fapath propagation=nesteddict_other sink=v1 expected=false
import yaml

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser/{p}")
def handle_deser(p: str):
    param = p
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": result}
