# generated case (gen8): category=xss rule=PY-XSS fw=django shape=replace_script_tag expected=true
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_replace_script_tag(request):
    param = request.POST.get("q", "")
    cleaned = param.replace("<script>", "").replace("</script>", "")
    return HttpResponse("<p>" + cleaned + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss_replace_script_tag/", case_replace_script_tag),
]
