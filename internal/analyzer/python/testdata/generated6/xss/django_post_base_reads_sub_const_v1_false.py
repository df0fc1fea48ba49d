# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=post shape=base_reads_sub_const sink=v1 expected=false
from django.http import HttpResponse
from django.urls import path


class BaseQuery:
    def render(self):
        return self.prefix() + self.term

    def prefix(self):
        return ""


class TermQuery(BaseQuery):
    def __init__(self, term):
        self.term = term


class FixedQuery(BaseQuery):
    def __init__(self, term):
        self.raw_term = term
        self.term = "all"


def benchmark_test_00004(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = FixedQuery(param).render()
    return HttpResponse(bar)


urlpatterns = [
    path("00004/", benchmark_test_00004),
]
