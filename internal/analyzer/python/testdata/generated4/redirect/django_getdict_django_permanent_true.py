# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=django source=getdict shape=django_permanent sink=specific expected=true
from django.http import HttpResponsePermanentRedirect
from django.urls import path


def benchmark_test_00453(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    return HttpResponsePermanentRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00453/", benchmark_test_00453),
]
