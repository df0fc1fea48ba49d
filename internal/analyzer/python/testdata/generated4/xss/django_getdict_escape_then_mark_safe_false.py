# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=getdict shape=escape_then_mark_safe sink=specific expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape
from django.utils.safestring import mark_safe


def benchmark_test_00426(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    return HttpResponse(mark_safe("<p>Hello " + escape(bar) + "</p>"))


urlpatterns = [
    path("00426/", benchmark_test_00426),
]
