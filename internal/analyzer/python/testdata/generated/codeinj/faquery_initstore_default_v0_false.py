# generated case: rule=PY-CODE-INJECTION source=faquery propagation=initstore_default sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    holder = Holder(param)
    bar = holder.default()
    result = str(eval(bar))
    return {"result": result}
