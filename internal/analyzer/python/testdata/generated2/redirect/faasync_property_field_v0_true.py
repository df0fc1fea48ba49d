# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=property_field sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def label(self):
        return "safe"


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = Wrapper(param).raw
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
