# generated case: rule=PY-LDAP-INJECTION source=djcookies propagation=helper_int sink=v0 expected=false
import ldap

from django.http import JsonResponse


def do_something(value):
    return str(int(value))


def handle_ldap(request):
    param = request.COOKIES.get("p", "")
    bar = do_something(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return JsonResponse({"result": result})
