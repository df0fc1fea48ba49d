# generated case: rule=PY-LDAP-INJECTION source=djget propagation=helper_const sink=v0 expected=false
import ldap

from django.http import JsonResponse


def do_something(value):
    return "safe!"


def handle_ldap(request):
    param = request.GET.get("p", "")
    bar = do_something(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return JsonResponse({"result": result})
