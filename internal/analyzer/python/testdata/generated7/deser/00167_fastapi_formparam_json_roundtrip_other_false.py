# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=formparam shape=json_roundtrip_other sink=v2 expected=false
import json
import yaml

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00167")
def case_00167(request: Request, q: str = Form("")):
    param = q
    blob = json.dumps({"q": param, "m": "x"})
    bar = json.loads(blob)["m"]
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}
