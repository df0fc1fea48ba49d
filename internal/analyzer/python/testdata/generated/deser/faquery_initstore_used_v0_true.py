# generated case: rule=PY-DESERIALIZATION source=faquery propagation=initstore_used sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


@app.get("/deser")
def handle_deser(p: str = ""):
    param = p
    holder = Holder(param)
    bar = holder.value()
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
