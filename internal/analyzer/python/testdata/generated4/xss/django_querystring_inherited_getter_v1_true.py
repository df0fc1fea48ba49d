# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=querystring shape=inherited_getter sink=v1 expected=true
import urllib.parse

from django.http import HttpResponse
from django.urls import path


class Base:
    def get(self):
        return self.value


class Child(Base):
    def __init__(self, value):
        self.value = value


class FixedChild(Base):
    def __init__(self, value):
        self.value = value

    def get(self):
        return "fixed"


def benchmark_test_00038(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Child(param).get()
    return HttpResponse(bar)  # want: PY-XSS


urlpatterns = [
    path("00038/", benchmark_test_00038),
]
