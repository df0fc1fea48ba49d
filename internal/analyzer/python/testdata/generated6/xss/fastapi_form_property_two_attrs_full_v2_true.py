# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=form shape=property_two_attrs_full sink=v2 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Label:
    def __init__(self, prefix, name):
        self.prefix = prefix
        self.name = name

    @property
    def full(self):
        return self.prefix + self.name

    @property
    def short(self):
        return self.prefix


@app.post("/00052")
async def benchmark_test_00052(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Label("item-", param).full
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
