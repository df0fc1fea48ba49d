# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=getdict shape=classmethod_keep sink=v0 expected=true
import re

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Sanitizer:
    @staticmethod
    def clean(value):
        return re.sub(r"[^A-Za-z0-9]", "", value)

    @classmethod
    def keep(cls, value):
        return value


def benchmark_test_00047(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Sanitizer.keep(param)
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00047/", benchmark_test_00047),
]
