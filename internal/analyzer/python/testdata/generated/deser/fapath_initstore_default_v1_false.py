# generated case: rule=PY-DESERIALIZATION source=fapath propagation=initstore_default sink=v1 expected=false
import yaml

from fastapi import FastAPI

app = FastAPI()


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


@app.get("/deser/{p}")
def handle_deser(p: str):
    param = p
    holder = Holder(param)
    bar = holder.default()
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": result}
