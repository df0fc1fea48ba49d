# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookie shape=slots_retag_input sink=v2 expected=true
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


class Box:
    __slots__ = ("value", "tag")

    def __init__(self, value):
        self.value = value
        self.tag = "box"

    def retag(self, tag):
        self.tag = tag
        return self


@app.get("/case-00023")
def case_00023(request: Request):
    param = request.cookies.get("q", "none")
    bar = Box("fixed").retag(param).tag
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
