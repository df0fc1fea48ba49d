# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=query shape=dict_ior_override sink=v2 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00071")
def case_00071(request: Request, q: str = ""):
    param = q
    opts = {"q": param}
    opts |= {"q": "safe"}
    bar = opts["q"]
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}
