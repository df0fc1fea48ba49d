# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=form propagation=builder_chain sink=v2 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.post("/00246")
async def benchmark_test_00246(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Builder().set_value(param).get_value()
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
