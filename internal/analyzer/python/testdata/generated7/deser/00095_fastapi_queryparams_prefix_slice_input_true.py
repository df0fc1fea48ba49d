# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams shape=prefix_slice_input sink=v2 expected=true
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00095")
def case_00095(request: Request):
    param = request.query_params.get("q", "")
    bar = ("constant-prefix-" + param)[16:]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
