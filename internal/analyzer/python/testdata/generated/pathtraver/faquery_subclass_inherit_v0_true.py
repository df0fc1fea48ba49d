# generated case: rule=PY-PATH-TRAVERSAL source=faquery propagation=subclass_inherit sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"


class Base:
    def transform(self, value):
        return value


class Child(Base):
    pass


@app.get("/pathtraver")
def handle_pathtraver(p: str = ""):
    param = p
    bar = Child().transform(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
