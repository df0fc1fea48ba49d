# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=cookie shape=json_in_script sink=specific expected=true
import json

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00378(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return HttpResponse("<script>var q = " + json.dumps(bar) + ";</script>")  # want: PY-XSS


urlpatterns = [
    path("00378/", benchmark_test_00378),
]
