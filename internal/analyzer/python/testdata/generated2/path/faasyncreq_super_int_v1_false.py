# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=faasyncreq propagation=super_int sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/files"


class Base:
    def clean(self, value):
        return str(int(value))


class Child(Base):
    def clean(self, value):
        return super().clean(value)


@app.get("/path")
async def handle_path(request: Request):
    param = request.query_params.get("p", "")
    bar = Child().clean(param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return {"result": result}
