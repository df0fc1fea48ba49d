# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=queryparams shape=slots_tag sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Box:
    __slots__ = ("value", "tag")

    def __init__(self, value):
        self.value = value
        self.tag = "box"

    def retag(self, tag):
        self.tag = tag
        return self


@app.get("/case-00022")
async def case_00022(request: Request):
    param = request.query_params.get("q", "")
    bar = Box(param).tag
    return HTMLResponse(f"<p>Results for {bar}</p>")
