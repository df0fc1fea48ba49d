# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=post shape=classmethod_factory sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path

COLUMNS = {"n": "name", "e": "email"}
BASE_DIR = "/srv/app/testfiles/"


class Term:
    def __init__(self, text):
        self.text = text

    @classmethod
    def parse(cls, raw):
        return cls(raw.strip())

    @classmethod
    def default(cls, raw):
        return cls("all")

    @staticmethod
    def column(raw):
        return COLUMNS.get(raw, "name")


def benchmark_test_00058(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Term.parse(param).text
    with open(BASE_DIR + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00058/", benchmark_test_00058),
]
