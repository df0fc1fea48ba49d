# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=django source=header shape=processor_count (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


class Processor:
    def __init__(self, raw):
        self.raw = raw
        self.parts = []

    def split(self):
        self.parts = self.raw.split(",")
        return self

    def first(self):
        return self.parts[0]

    def count(self):
        return str(len(self.parts))


class Test:
    def do_something(self, request, param):
        bar = Processor(param).split().count()
        return bar


def case_00027(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    namespace = {}
    exec("value = " + bar, namespace)
    result = namespace.get("value")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00027/", case_00027),
]
