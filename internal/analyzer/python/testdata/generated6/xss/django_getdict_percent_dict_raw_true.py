# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=getdict shape=percent_dict_raw sink=specific expected=true
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00390(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    return HttpResponse("<p>%(name)s</p>" % {"name": bar})  # want: PY-XSS


urlpatterns = [
    path("00390/", benchmark_test_00390),
]
