# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=cookie propagation=builder_chain sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


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


def benchmark_test_00181(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Builder().set_value(param).get_value()
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00181/", benchmark_test_00181),
]
